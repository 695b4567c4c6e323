package org.briefing.print;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;

/** The printers the Java print service sees, which one is the system default, and lookup by name. */
public final class Printers {
    private final List<PrintService> services;
    private final PrintService defaultService;

    Printers(List<PrintService> services, PrintService defaultService) {
        List<PrintService> all = new ArrayList<>(services);
        if (defaultService != null && !all.contains(defaultService)) {
            all.add(0, defaultService);
        }
        this.services = List.copyOf(all);
        this.defaultService = defaultService;
    }

    /** The printers visible now (on Linux: the CUPS queues). */
    public static Printers visible() {
        return new Printers(Arrays.asList(PrintServiceLookup.lookupPrintServices(null, null)),
                PrintServiceLookup.lookupDefaultPrintService());
    }

    /** Printer names, the default one first and marked, e.g. {@code "office (default), lab"}. */
    public List<String> names() {
        return services.stream()
                .sorted((a, b) -> Boolean.compare(b.equals(defaultService), a.equals(defaultService)))
                .map(s -> s.equals(defaultService) ? s.getName() + " (default)" : s.getName())
                .toList();
    }

    /**
     * The printer called {@code name} (exactly, else ignoring case, as CUPS does), or the default
     * printer when {@code name} is null.
     */
    public PrintService resolve(String name) throws NoPrinterException {
        if (services.isEmpty()) {
            throw NoPrinterException.noneVisible(name);
        }
        if (name == null) {
            if (defaultService == null) {
                throw new NoPrinterException("there is no default printer; name one with --printer; printers: "
                        + listing());
            }
            return defaultService;
        }
        Optional<PrintService> exact = services.stream().filter(s -> s.getName().equals(name)).findFirst();
        if (exact.isPresent()) {
            return exact.get();
        }
        List<PrintService> anyCase = services.stream()
                .filter(s -> s.getName().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))).toList();
        if (anyCase.size() == 1) {
            return anyCase.get(0);
        }
        throw new NoPrinterException("no printer named \"" + name + "\"; printers: " + listing());
    }

    /** The names on one line, for error messages. */
    private String listing() {
        return String.join(", ", names());
    }
}
