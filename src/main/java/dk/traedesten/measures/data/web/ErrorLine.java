package dk.traedesten.measures.data.web;

/** One line of the error summary: the text, and the input it links to (null for a problem of the whole file). */
record ErrorLine(String anchor, String text) {
}
