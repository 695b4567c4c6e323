package org.briefing.print;

import java.lang.reflect.Proxy;
import java.util.Set;
import javax.print.DocFlavor;
import javax.print.PrintService;

/** A print service that only has a name and the flavors it takes, for tests that need no real printer. */
final class FakePrinter {
    private FakePrinter() {}

    static PrintService named(String name, DocFlavor... flavors) {
        Set<DocFlavor> taken = Set.of(flavors);
        return (PrintService) Proxy.newProxyInstance(PrintService.class.getClassLoader(),
                new Class<?>[] {PrintService.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getName", "toString" -> name;
                    case "isDocFlavorSupported" -> taken.contains((DocFlavor) args[0]);
                    case "getSupportedDocFlavors" -> taken.toArray(DocFlavor[]::new);
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
