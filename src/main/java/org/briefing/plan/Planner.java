package org.briefing.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.briefing.model.Block;
import org.briefing.model.KeyFigure;
import org.briefing.model.Report;
import org.briefing.model.Section;
import org.briefing.style.HeadingLook.Numbering;
import org.briefing.style.Style;

/** Makes the {@link Plan} for a report in a style. */
public final class Planner {
    private final Style style;
    private final Words words;
    private final Map<String, String> tableLabels = new HashMap<>();

    private Planner(Style style, Words words) {
        this.style = style;
        this.words = words;
    }

    public static Plan plan(Report report, Style style) {
        return new Planner(style, WordSets.resolve(report.metadata().language(), style.words())).planReport(report);
    }

    private Plan planReport(Report report) {
        List<PlannedSection> sections = new ArrayList<>();
        for (int i = 0; i < report.sections().size(); i++) {
            sections.add(planSection(report.sections().get(i), String.valueOf(i + 1), 1, false));
        }
        List<PlannedSection> appendices = new ArrayList<>();
        for (int i = 0; i < report.appendices().size(); i++) {
            appendices.add(planSection(report.appendices().get(i), appendixLetter(i), 1, true));
        }
        Map<String, PlannedSection> byId = java.util.stream.Stream.concat(sections.stream(), appendices.stream())
                .flatMap(PlannedSection::selfAndDescendants)
                .collect(Collectors.toMap(p -> p.section().id(), Function.identity()));
        FigureFormat format = new FigureFormat(Locale.forLanguageTag(report.metadata().language()), words);
        List<PlannedFigure> figures = report.keyFigures().stream()
                .map(f -> planFigure(f, format, byId.get(f.source().sectionId()))).toList();
        List<PlannedFigure> headline = figures.stream().filter(f -> f.figure().headline())
                .limit(style.keyFigures().highlightCount()).toList();
        // Ids are [a-z0-9-] and their bookmarks start "b_", so these two can never collide with one.
        Anchor summaryAnchor = new Anchor("_summary", "r_summary");
        Anchor keyFiguresAnchor = new Anchor("_key-figures", "r_key_figures");
        return new Plan(report, style, words, style.footer().orElse(words.page()), format.date(report.metadata().date()),
                summaryAnchor, sections, appendices,
                figures, headline, keyFiguresAnchor,
                contents(sections, appendices, summaryAnchor, figures.isEmpty() ? null : keyFiguresAnchor),
                tableLabels);
    }

    /** A, B, … Z, then AA, AB, … as spreadsheets do. */
    static String appendixLetter(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    private PlannedSection planSection(Section section, String number, int level, boolean appendix) {
        int tables = 0;
        for (Block block : section.blocks()) {
            if (block instanceof Block.Table table) {
                tables++;
                tableLabels.put(table.id(), words.table() + " " + number + "." + tables);
            }
        }
        List<PlannedSection> children = new ArrayList<>();
        for (int i = 0; i < section.subsections().size(); i++) {
            children.add(planSection(section.subsections().get(i), number + "." + (i + 1), level + 1, appendix));
        }
        return new PlannedSection(section, number, heading(section, number, level, appendix), level, appendix,
                Anchor.of(section.id()), children);
    }

    private String heading(Section section, String number, int level, boolean appendix) {
        if (appendix && level == 1) {
            return words.appendix() + " " + number + " \u2014 " + section.title();
        }
        if (style.headings().numbering() == Numbering.NONE) {
            return section.title();
        }
        return number + "\u2002" + section.title();
    }

    private PlannedFigure planFigure(KeyFigure figure, FigureFormat format, PlannedSection source) {
        String sourceText = source.appendix() || style.headings().numbering() == Numbering.NONE
                ? source.heading() : source.number() + " " + source.section().title();
        String[] qualifier = format.qualifierAround(figure);
        return new PlannedFigure(figure, format.number(figure), format.value(figure), format.valueWithUnit(figure),
                figure.period().orElse(""), sourceText, source.anchor(), qualifier[0], qualifier[1]);
    }

    private List<TocEntry> contents(List<PlannedSection> sections, List<PlannedSection> appendices,
            Anchor summary, Anchor keyFigures) {
        List<TocEntry> entries = new ArrayList<>();
        entries.add(new TocEntry(words.summary(), 1, summary));
        if (keyFigures != null) {
            entries.add(new TocEntry(words.keyFigures(), 1, keyFigures));
        }
        java.util.stream.Stream.concat(sections.stream(), appendices.stream())
                .flatMap(PlannedSection::selfAndDescendants)
                .filter(p -> p.level() <= style.headings().tocDepth())
                .forEach(p -> entries.add(new TocEntry(p.heading(), p.level(), p.anchor())));
        return entries;
    }
}
