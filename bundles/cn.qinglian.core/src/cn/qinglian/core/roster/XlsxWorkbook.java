package cn.qinglian.core.roster;

import javax.xml.stream.XMLStreamReader;

/** What the roster needs of workbook.xml: the first sheet's relationship id and the date system. */
record XlsxWorkbook(String firstSheetRelationship, boolean date1904) {

    static XlsxWorkbook read(XlsxPackage xlsx, String part) throws RosterReadException {
        String[] firstSheet = {null};
        boolean[] date1904 = {false};
        XmlParts.parse(xlsx, part, reader -> {
            while (reader.hasNext()) {
                if (reader.next() != XMLStreamReader.START_ELEMENT) {
                    continue;
                }
                if (reader.getLocalName().equals("workbookPr")) {
                    String value = reader.getAttributeValue(null, "date1904");
                    date1904[0] = "1".equals(value) || "true".equals(value);
                } else if (reader.getLocalName().equals("sheet") && firstSheet[0] == null) {
                    firstSheet[0] = relationshipId(reader);
                }
            }
        });
        if (firstSheet[0] == null) {
            throw XlsxPackage.damaged(xlsx.file(), part + ": no sheet", null);
        }
        return new XlsxWorkbook(firstSheet[0], date1904[0]);
    }

    /** The {@code r:id} attribute, whatever prefix and relationships namespace the file uses. */
    private static String relationshipId(XMLStreamReader reader) {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String namespace = reader.getAttributeNamespace(i);
            if (reader.getAttributeLocalName(i).equals("id") && namespace != null && !namespace.isEmpty()) {
                return reader.getAttributeValue(i);
            }
        }
        return null;
    }
}
