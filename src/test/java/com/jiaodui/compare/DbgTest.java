package com.jiaodui.compare;
import org.junit.jupiter.api.Test;
class DbgTest {
    @Test void dbg() throws Exception {
        var p = ComparePropertiesTest.make(-43, 3, 8, true, true);
        java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/dbg/a.txt"), p.a());
        java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/dbg/b.txt"), p.b());
        Comparison c = new Comparer().compare(p.a(), p.b());
        System.out.println(c.na.s); System.out.println(c.nb.s); c.differences().forEach(System.out::println); String r = c.merge().chooseAll(Choice.RIGHT).text(); System.out.println("MERGED\n" + r); new Comparer().compare(r, p.b()).differences().forEach(d -> System.out.println("LEFT " + d));
        for (var b : c.pageA().blocks()) System.out.println("A " + b);
        for (var b : c.pageB().blocks()) System.out.println("B " + b);
    }
}
