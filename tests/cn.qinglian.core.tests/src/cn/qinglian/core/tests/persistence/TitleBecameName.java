package cn.qinglian.core.tests.persistence;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import cn.qinglian.core.persistence.FormatMigration;

/** A pretended format 0, in which a post's name was the attribute {@code title}. */
final class TitleBecameName implements FormatMigration {

    @Override
    public int fromFormat() {
        return 0;
    }

    @Override
    public void migrate(Document document) {
        NodeList posts = document.getElementsByTagNameNS("*", "posts");
        for (int i = 0; i < posts.getLength(); i++) {
            Element post = (Element) posts.item(i);
            if (post.hasAttribute("title")) {
                post.setAttribute("name", post.getAttribute("title"));
                post.removeAttribute("title");
            }
        }
    }
}
