package dk.traedesten.measures.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The SVG parsed as XML: what is drawn, where, and how it is marked. */
class ChartSvgTests {

	private static final Locale DANISH = Locale.forLanguageTag("da");

	@Test
	void isAnAccessibleImageWithTitleAndDescription() throws Exception {
		Document svg = parse(render(twoParts(), null));
		Element root = svg.getDocumentElement();
		assertThat(root.getAttribute("role")).isEqualTo("img");
		assertThat(text(svg, "title")).isEqualTo("Fravær – 4.A");
		assertThat(text(svg, "desc")).isEqualTo("p-kort over Fravær <beskrivelse>");
		assertThat(root.getAttribute("aria-labelledby")).isEqualTo("c1-title");
		assertThat(((Element) svg.getElementsByTagName("title").item(0)).getAttribute("id")).isEqualTo("c1-title");
		assertThat(((Element) svg.getElementsByTagName("desc").item(0)).getAttribute("id")).isEqualTo("c1-desc");
	}

	@Test
	void pointsAreCirclesPlacedByValueAndASigmaSignalIsARedDiamond() throws Exception {
		Document svg = parse(render(twoParts(), null));
		List<Element> circles = withClass(svg, "chart-point").stream().filter(e -> e.getTagName().equals("circle")).toList();
		List<Element> diamonds = withClass(svg, "chart-sigma-signal");
		assertThat(circles).hasSize(9);
		assertThat(diamonds).hasSize(1);
		assertThat(diamonds.get(0).getTagName()).isEqualTo("path");
		assertThat(diamonds.get(0).getAttribute("data-index")).isEqualTo("3");
		assertThat(diamonds.get(0).getAttribute("fill")).isEqualTo(ChartSvg.SIGNAL);
		assertThat(circles.get(0).getAttribute("fill")).isEqualTo(ChartSvg.DATA);
		// Higher values sit higher (smaller y); x grows with the index.
		double y0 = Double.parseDouble(circle(circles, 0).getAttribute("cy"));
		double y1 = Double.parseDouble(circle(circles, 1).getAttribute("cy"));
		assertThat(y1).isLessThan(y0);
		assertThat(Double.parseDouble(circle(circles, 1).getAttribute("cx")))
			.isGreaterThan(Double.parseDouble(circle(circles, 0).getAttribute("cx")));
		// Every tick label is on a y inside the plot, and the lowest tick is at the bottom.
		assertThat(withClass(svg, "chart-grid").get(0).getAttribute("y1")).isEqualTo(SvgWriter.n(ChartSvg.BOTTOM));
	}

	@Test
	void eachPartHasItsOwnLinesAndARunsSignalDashesTheCentreLineRed() throws Exception {
		Document svg = parse(render(twoParts(), null));
		List<Element> centres = withClass(svg, "chart-cl");
		assertThat(centres).hasSize(2);
		assertThat(centres.get(0).getAttribute("stroke")).isEqualTo(ChartSvg.GREY);
		assertThat(centres.get(0).hasAttribute("stroke-dasharray")).isFalse();
		assertThat(centres.get(1).getAttribute("class")).contains("chart-runs-signal");
		assertThat(centres.get(1).getAttribute("stroke")).isEqualTo(ChartSvg.SIGNAL);
		assertThat(centres.get(1).getAttribute("stroke-dasharray")).isNotEmpty();
		assertThat(withClass(svg, "chart-ucl")).hasSize(2).allMatch(e -> e.hasAttribute("stroke-dasharray"));
		assertThat(withClass(svg, "chart-part-boundary")).hasSize(1);
		// The second part's centre line starts at the sixth point.
		String firstOfSecond = centres.get(1).getAttribute("points").split(" ")[0];
		assertThat(firstOfSecond.split(",")[0]).isEqualTo(circleX(svg, 5));
		assertThat(withClass(svg, "chart-cl-label").get(0).getTextContent()).isEqualTo("3,0");
	}

	@Test
	void aSuppressedPointIsAGapMarkedLessThanFive() throws Exception {
		List<ChartPoint> points = new ArrayList<>(twoParts());
		points.set(2, new ChartPoint("uge 3", null, null, null, null, 1, false, true, false, false, true));
		Document svg = parse(render(points, null));
		List<Element> small = withClass(svg, "chart-suppressed");
		assertThat(small).hasSize(1);
		assertThat(small.get(0).getTextContent()).isEqualTo("<5");
		assertThat(small.get(0).getAttribute("data-index")).isEqualTo("2");
		assertThat(withClass(svg, "chart-point")).noneMatch(e -> e.getAttribute("data-index").equals("2"));
		// The data line breaks at the gap: points 0–1 and 3–4 in the first part, 5–9 in the second.
		assertThat(withClass(svg, "chart-data")).hasSize(3);
	}

	@Test
	void notesAreNumberedAtTheirPointsAndListed() throws Exception {
		ChartInput input = new ChartInput("c1", "Fravær – 4.A", "beskrivelse", "Fravær (%)", 4.5, twoParts(),
				List.of(new ChartNote(5, "PDSA-cyklus 1 starter")));
		Document svg = parse(ChartSvg.render(input, ChartFixture.messages(), DANISH));
		List<Element> notes = withClass(svg, "chart-note");
		assertThat(notes).hasSize(1);
		assertThat(notes.get(0).getAttribute("data-index")).isEqualTo("5");
		assertThat(notes.get(0).getTextContent().strip()).isEqualTo("1");
		assertThat(((Element) notes.get(0).getElementsByTagName("circle").item(0)).getAttribute("cx"))
			.isEqualTo(circleX(svg, 5));
		assertThat(withClass(svg, "chart-note-text").get(0).getTextContent()).isEqualTo("1  PDSA-cyklus 1 starter");
		Element target = withClass(svg, "chart-target").get(0);
		assertThat(target.getAttribute("y1")).isEqualTo(target.getAttribute("y2"));
		assertThat(withClass(svg, "chart-target-label").get(0).getTextContent()).isEqualTo("Mål 4,5");
	}

	@Test
	void ticksAreInDanishAndLongAxesAreThinned() throws Exception {
		List<ChartPoint> many = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			many.add(new ChartPoint("uge " + i, 3.9 + (i % 3) * 0.05, null, null, null, 1, false, true, false, false,
					false));
		}
		Document svg = parse(render(many, null));
		assertThat(withClass(svg, "chart-tick")).extracting(Element::getTextContent).contains("3,90", "4,00");
		List<Element> labels = withClass(svg, "chart-x-label");
		assertThat(labels).hasSizeBetween(20, ChartSvg.MAX_LABELS);
		assertThat(labels.get(0).getAttribute("transform")).startsWith("rotate(-45");
	}

	@Test
	void theSameInputDrawsTheSameText() {
		assertThat(render(twoParts(), 4.0)).isEqualTo(render(twoParts(), 4.0));
	}

	/** Ten points in two parts; point 3 is above its limit, and the second part has a runs signal. */
	static List<ChartPoint> twoParts() {
		double[] y = { 4, 6, 5, 9, 4, 3, 3.5, 3.2, 3.1, 3.4 };
		List<ChartPoint> points = new ArrayList<>();
		for (int i = 0; i < y.length; i++) {
			boolean first = i < 5;
			points.add(new ChartPoint("uge " + (i + 1), y[i], first ? 5.0 : 3.0, first ? 1.0 : 2.0, first ? 8.0 : 4.0,
					first ? 1 : 2, false, true, i == 3, !first, false));
		}
		return points;
	}

	private static String render(List<ChartPoint> points, Double target) {
		return ChartSvg.render(new ChartInput("c1", "Fravær – 4.A", "p-kort over Fravær <beskrivelse>", "Fravær (%)",
				target, points, List.of()), ChartFixture.messages(), DANISH);
	}

	static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	static List<Element> withClass(Document svg, String cssClass) {
		List<Element> found = new ArrayList<>();
		NodeList all = svg.getElementsByTagName("*");
		for (int i = 0; i < all.getLength(); i++) {
			Element element = (Element) all.item(i);
			if (List.of(element.getAttribute("class").split(" ")).contains(cssClass)) {
				found.add(element);
			}
		}
		return found;
	}

	private static String text(Document svg, String tag) {
		return svg.getElementsByTagName(tag).item(0).getTextContent();
	}

	private static Element circle(List<Element> circles, int index) {
		return circles.stream().filter(e -> e.getAttribute("data-index").equals(Integer.toString(index))).findFirst()
			.orElseThrow();
	}

	private static String circleX(Document svg, int index) {
		return circle(withClass(svg, "chart-point"), index).getAttribute("cx");
	}
}
