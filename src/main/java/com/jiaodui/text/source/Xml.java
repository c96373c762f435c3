package com.jiaodui.text.source;

import com.jiaodui.text.UnreadablePageException;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The JDK's DOM parser, with DTDs and external entities off (OCR files come from anywhere). */
final class Xml {
    private Xml() {}

    static Document parse(Path path, byte[] bytes, String what) throws UnreadablePageException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            throw new UnreadablePageException(path, "is not well-formed " + what + " (" + e.getMessage() + ")", e);
        }
    }

    /** Element children of {@code e}, in order. */
    static List<Element> children(Node e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el) {
                out.add(el);
            }
        }
        return out;
    }

    static String local(Element e) {
        return e.getLocalName() != null ? e.getLocalName() : e.getTagName();
    }

    /** Descendants (document order) whose local name is {@code name}. */
    static List<Element> descendants(Node root, String name) {
        List<Element> out = new ArrayList<>();
        collect(root, name, out);
        return out;
    }

    private static void collect(Node n, String name, List<Element> out) {
        for (Element c : children(n)) {
            if (local(c).equals(name)) {
                out.add(c);
            } else {
                collect(c, name, out);
            }
        }
    }
}
