package org.briefing.load;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefing.diag.Problems;
import org.briefing.diag.Quoted;
import org.briefing.json.SourceNode;
import org.briefing.json.StrictObject;
import org.briefing.model.Inline;
import org.briefing.model.KeyFigure;
import org.briefing.model.Limits;
import org.briefing.model.Metadata;
import org.briefing.model.Report;
import org.briefing.model.Section;

/** Reads a report's JSON tree into the model, recording every structural problem on the way. */
final class ReportReader {
    private static final List<String> TOP = List.of(
            "$schema", "metadata", "lead", "keyPoints", "keyFigures", "sections", "appendices");
    private static final List<String> METADATA = List.of("title", "subtitle", "shortTitle", "organization", "date",
            "period", "edition", "language", "authors", "keywords", "classification", "source");
    private static final List<String> SECTION = List.of("id", "title", "blocks", "sections");

    private final Problems problems;
    private final Ids ids = new Ids();
    private final BlockReader blocks;
    private final KeyFigureReader figures;
    private final List<KeyFigureReader.Read> figuresRead = new ArrayList<>();
    private final List<Section> allSectionsRead = new ArrayList<>();

    ReportReader(Problems problems) {
        this.problems = problems;
        this.blocks = new BlockReader(problems, ids);
        this.figures = new KeyFigureReader(problems, ids);
    }

    Ids ids() {
        return ids;
    }

    List<KeyFigureReader.Read> figuresRead() {
        return List.copyOf(figuresRead);
    }

    /** Every section and appendix read, at every depth, even when the report as a whole could not be. */
    List<Section> sectionsRead() {
        return List.copyOf(allSectionsRead);
    }

    /** The report, or empty when a required part could not be read at all. */
    Optional<Report> report(SourceNode root) {
        Optional<StrictObject> top = StrictObject.of(root, problems, TOP);
        if (top.isEmpty()) {
            return Optional.empty();
        }
        StrictObject o = top.get();
        Optional<Metadata> metadata = o.object("metadata", METADATA, true).flatMap(this::metadata);
        Optional<Inline> lead = o.required("lead").flatMap(n -> InlineReader.read(n, problems));
        List<Inline> keyPoints = Capped.items(o.optionalArray("keyPoints"), Limits.MAX_KEY_POINTS,
                        "a report", "key points", "key point", problems).stream()
                .map(n -> InlineReader.read(n, problems)).flatMap(Optional::stream).toList();
        List<KeyFigure> keyFigures = new ArrayList<>();
        for (SourceNode node : Capped.items(o.optionalArray("keyFigures"), Limits.MAX_KEY_FIGURES,
                "a report", "key figures", "key figure", problems)) {
            figures.read(node).ifPresent(read -> {
                figuresRead.add(read);
                keyFigures.add(read.figure());
            });
        }
        Optional<List<SourceNode>> sectionNodes = o.requiredArray("sections");
        if (sectionNodes.isPresent() && sectionNodes.get().isEmpty()) {
            problems.error(o.locationOf("sections"), "a report needs at least one section");
        }
        List<Section> sections = sections(sectionNodes.orElse(List.of()), 1);
        List<Section> appendices = sections(Capped.items(o.optionalArray("appendices"), Limits.MAX_APPENDICES,
                "a report", "appendices (lettered A to Z)", "appendix", problems), 1);
        if (metadata.isEmpty() || lead.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Report(metadata.get(), lead.get(), keyPoints, keyFigures, sections, appendices));
    }

    private Optional<Metadata> metadata(StrictObject m) {
        Optional<String> title = m.requiredText("title");
        Optional<String> organization = m.requiredText("organization");
        Optional<LocalDate> date = m.requiredText("date").flatMap(d -> {
            try {
                return Optional.of(LocalDate.parse(d));
            } catch (DateTimeParseException e) {
                DateProblem.report(d, m.locationOf("date"), "YYYY-MM-DD", problems);
                return Optional.empty();
            }
        });
        Optional<String> language = m.requiredText("language").filter(l -> {
            boolean ok = LanguageTag.isWellFormed(l);
            if (!ok) {
                problems.error(m.locationOf("language"), Quoted.of(l) + " is not a language tag", "e.g. \"en\" or \"en-GB\"");
            }
            return ok;
        });
        Optional<Metadata.SourceDocument> source = m.object("source", List.of("title", "url"), false)
                .flatMap(s -> s.requiredText("title").map(t -> new Metadata.SourceDocument(t, sourceUrl(s))));
        Metadata metadata = new Metadata(
                title.orElse(""), m.optionalText("subtitle"),
                m.optionalText("shortTitle").or(() -> title).orElse(""),
                organization.orElse(""), date.orElse(LocalDate.EPOCH),
                m.optionalText("period"), m.optionalText("edition"), language.orElse("en"),
                m.optionalTextList("authors"), m.optionalTextList("keywords"),
                m.optionalText("classification"), source);
        boolean complete = title.isPresent() && organization.isPresent() && date.isPresent() && language.isPresent();
        return complete ? Optional.of(metadata) : Optional.empty();
    }

    /** The source's address: an http(s) link like any other (it may become one in a format). */
    private Optional<String> sourceUrl(StrictObject s) {
        Optional<String> url = s.optionalText("url");
        Optional<String> fault = url.flatMap(LinkTarget::fault)
                .or(() -> url.filter(u -> u.regionMatches(true, 0, "mailto:", 0, 7)).map(u -> "the source's url must be an http(s) address"));
        fault.ifPresent(f -> problems.error(s.locationOf("url"), f));
        return fault.isPresent() ? Optional.empty() : url;
    }

    /** Sections at {@code depth} (1 for the report's own); deeper than headings can show is a problem. */
    private List<Section> sections(List<SourceNode> nodes, int depth) {
        if (depth > Limits.MAX_SECTION_DEPTH && !nodes.isEmpty()) {
            problems.error(nodes.get(0).location(), "sections nest at most " + Limits.MAX_SECTION_DEPTH
                    + " deep, as headings have levels 1 to " + Limits.MAX_SECTION_DEPTH + "; this one is at depth " + depth,
                    "make it part of its parent section");
            return List.of();
        }
        List<Section> read = new ArrayList<>();
        for (SourceNode node : nodes) {
            StrictObject.of(node, problems, SECTION).flatMap(s -> section(s, depth)).ifPresent(read::add);
        }
        return read;
    }

    private Optional<Section> section(StrictObject s, int depth) {
        Optional<String> title = s.requiredText("title");
        Optional<String> givenId = s.optionalText("id");
        givenId.ifPresent(i -> IdCheck.check(i, s.locationOf("id"), problems));
        List<SourceNode> blockNodes = s.optionalArray("blocks");
        List<SourceNode> subsectionNodes = s.optionalArray("sections");
        if (blockNodes.isEmpty() && subsectionNodes.isEmpty()) {
            problems.error(s.location(), "a section needs blocks or subsections");
        }
        String id = givenId.or(() -> title.map(t -> Ids.derived("", t, "section", s.locationOf("title"), problems)))
                .orElse("");
        if (title.isPresent()) {
            ids.record(id, "section", s.locationOf(givenId.isPresent() ? "id" : "title"));
        }
        Section section = new Section(id, title.orElse(""), blocks.blocks(blockNodes), sections(subsectionNodes, depth + 1));
        title.ifPresent(t -> allSectionsRead.add(section));
        return title.map(t -> section);
    }
}
