package com.jiaodui.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TraditionalTableTest {

    @Test
    void resourceMatchesIcu() throws IOException {
        String resource;
        try (InputStream in = TraditionalTable.class.getResourceAsStream(TraditionalTable.RESOURCE)) {
            resource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(TraditionalTableGenerator.generate(), resource,
                "regenerate: java -cp target/classes:icu4j.jar com.jiaodui.text.TraditionalTableGenerator > src/main/resources/com/jiaodui/text/"
                        + TraditionalTable.RESOURCE);
    }

    @Test
    void classes() {
        TraditionalTable t = TraditionalTable.get();
        assertTrue(t.isTraditional('級'));
        assertTrue(t.isTraditional('屆'));
        assertTrue(t.isTraditional('後'));
        assertTrue(t.isSimplifiedOnly('级'));
        assertTrue(t.isSimplifiedOnly('届'));
        for (char c : "乾著藉於姊俱跤夥徵麽级的中国".toCharArray()) {
            assertFalse(t.isTraditional(c), String.valueOf(c));
        }
        assertFalse(t.isSimplifiedOnly('中'));
        assertTrue(t.traditionalCount() > 2500);
        assertEquals('级', t.simplify("級", 0));
    }
}
