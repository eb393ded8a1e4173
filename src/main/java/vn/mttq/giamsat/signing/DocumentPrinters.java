package vn.mttq.giamsat.signing;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.mttq.giamsat.register.IssuedDocument;

/** The features' printers by the register's source type: prints (and so signs) any issued document. */
@Component
public class DocumentPrinters {

    private final Map<String, DocumentPrinter> bySource;

    DocumentPrinters(List<DocumentPrinter> printers) {
        this.bySource = printers.stream().collect(Collectors.toMap(DocumentPrinter::sourceType, Function.identity()));
    }

    /** Whether some feature prints documents of this register entry's record. */
    public boolean prints(IssuedDocument doc) {
        return bySource.containsKey(doc.sourceType());
    }

    /** Prints the entry's PDF as issued (signed and kept when a key is at hand), as the person in the security context. */
    public void print(IssuedDocument doc) {
        bySource.get(doc.sourceType()).issuedPdf(doc.sourceId(), doc.documentType());
    }
}
