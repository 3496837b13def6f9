package id.kinerja.command.buktidukung;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.util.Optional;

/**
 * The media type of a file from its content: Apache Tika's magic-byte detection (PDF, PNG, JPEG, WebP,
 * executables, archives, …), refined for Office Open XML — which Tika's core sees only as a zip package — by
 * asking Apache POI which main part the package declares (a spreadsheet, a document, or something else such as a
 * macro-enabled workbook, which is then not accepted). The file's name plays no part.
 */
@Component
public class DeteksiJenis {

    private static final String OOXML = "application/x-tika-ooxml";
    private static final String ZIP = "application/zip";
    private static final String SPREADSHEET_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private static final String DOCUMENT_MAIN =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    private final Tika tika = new Tika();

    public String jenis(byte[] content) {
        String detected = tika.detect(content);
        if (detected.equals(OOXML) || detected.equals(ZIP)) {
            return officeOpenXml(content).orElse(detected);
        }
        return detected;
    }

    private static Optional<String> officeOpenXml(byte[] content) {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(content));
        } catch (Exception notAPackage) {
            return Optional.empty();
        }
        try {
            PackageRelationshipCollection main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
            if (main.size() != 1) {
                return Optional.empty();
            }
            PackagePart part = pkg.getPart(main.getRelationship(0));
            String type = part == null ? "" : part.getContentType();
            if (type.equals(SPREADSHEET_MAIN)) {
                return Optional.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            }
            if (type.equals(DOCUMENT_MAIN)) {
                return Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            }
            return Optional.of(type.isEmpty() ? OOXML : type);
        } catch (Exception unreadable) {
            return Optional.empty();
        } finally {
            pkg.revert(); // read only: never write the package back
        }
    }
}
