package org.briefing.plan;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.briefing.model.Block;
import org.briefing.model.Report;
import org.briefing.style.Style;

/**
 * Everything the formats agree on for one report in one style: among them the {@code words}
 * Briefing prints, in the report's language, and the {@code footer} template ("Page {page} of {pages}").
 */
public record Plan(
        Report report,
        Style style,
        Words words,
        String footer,
        String date,
        Anchor summaryAnchor,
        List<PlannedSection> sections,
        List<PlannedSection> appendices,
        List<PlannedFigure> keyFigures,
        List<PlannedFigure> headlineFigures,
        Anchor keyFiguresAnchor,
        List<TocEntry> contents,
        Map<String, String> tableLabels) {

    public Plan {
        sections = List.copyOf(sections);
        appendices = List.copyOf(appendices);
        keyFigures = List.copyOf(keyFigures);
        headlineFigures = List.copyOf(headlineFigures);
        contents = List.copyOf(contents);
        tableLabels = Map.copyOf(tableLabels);
    }

    /** Columns of the highlight panel: four figures sit two by two so long values keep to one line. */
    public int panelColumns() {
        return headlineFigures.size() == 4 ? 2 : Math.max(1, headlineFigures.size());
    }

    /** "Table 2.1" for a table in section 2, "Table A.1" for one in appendix A. */
    public String tableLabel(Block.Table table) {
        return tableLabels.get(table.id());
    }

    /** Every planned section and appendix, at every depth, in reading order. */
    public Stream<PlannedSection> allSections() {
        return Stream.concat(sections.stream(), appendices.stream()).flatMap(PlannedSection::selfAndDescendants);
    }
}
