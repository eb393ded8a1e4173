package vn.mttq.giamsat.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.export.ooxml.JRDocxExporter;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import org.springframework.stereotype.Component;

/**
 * Loads the reports the build compiled from {@code reports/} (a JRXML without its {@code .jasper} is
 * compiled on first use, about a second) and keeps them; fills a report and exports it. Every
 * document gets the official header as the {@code OFFICIAL_HEADER} subreport.
 */
@Component
public class ReportEngine {

    static final String HEADER = "official-header";
    static final String OFFICIAL_DOCUMENT = "official-document";
    /** Documents a person edits in Word: written by OfficialDocx as paragraphs; lists keep Jasper's DOCX. */
    private static final Set<String> WORD_DOCUMENTS = Set.of(OFFICIAL_DOCUMENT, "plan", "periodic-report");
    private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

    JasperReport compiled(String name) {
        return compiled.computeIfAbsent(name, ReportEngine::compile);
    }

    /** Fills the JRXML {@code reports/<name>.jrxml} with the parameters and rows, and exports it. */
    public byte[] render(String name, Map<String, Object> parameters, JRDataSource data, ReportFormat format) {
        Map<String, Object> params = CleanText.parameters(parameters, format);
        if (format == ReportFormat.DOCX && WORD_DOCUMENTS.contains(name)) {
            return OfficialDocx.write(params); // real paragraphs a person can edit, not Jasper's table cells
        }
        params.put("OFFICIAL_HEADER", compiled(HEADER));
        try {
            JasperPrint print = JasperFillManager.fillReport(compiled(name), params, CleanText.data(data, format));
            return export(print, format, title(params, print.getName()));
        } catch (JRException e) {
            throw new IllegalStateException("Report " + name + " failed: " + e.getMessage(), e);
        }
    }

    /** The document's own title ("BÁO CÁO Kết quả giám sát …", a letter's subject) for the PDF's Title metadata. */
    private static String title(Map<String, Object> params, String fallback) {
        String kind = params.get("KIND") instanceof String k ? k.strip() : "";
        String title = params.get("TITLE") instanceof String t ? t.strip() : "";
        String whole = (kind.isEmpty() || title.isEmpty() ? kind + title : kind + " " + title).replaceAll("\\s+", " ").strip();
        return whole.isEmpty() ? fallback : whole;
    }

    private static byte[] export(JasperPrint print, ReportFormat format, String title) throws JRException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SimpleOutputStreamExporterOutput output = new SimpleOutputStreamExporterOutput(out);
        SimpleExporterInput input = new SimpleExporterInput(print);
        switch (format) {
            case PDF -> {
                JRPdfExporter pdf = new JRPdfExporter();
                pdf.setExporterInput(input);
                pdf.setExporterOutput(output);
                SimplePdfExporterConfiguration config = new SimplePdfExporterConfiguration();
                config.setMetadataTitle(title);
                config.setDisplayMetadataTitle(true);
                config.setMetadataCreator("Giám sát 124");
                pdf.setConfiguration(config);
                pdf.exportReport();
            }
            case XLSX -> {
                JRXlsxExporter xlsx = new JRXlsxExporter();
                xlsx.setExporterInput(input);
                xlsx.setExporterOutput(output);
                SimpleXlsxReportConfiguration config = new SimpleXlsxReportConfiguration();
                config.setDetectCellType(true);
                config.setRemoveEmptySpaceBetweenRows(true);
                xlsx.setConfiguration(config);
                xlsx.exportReport();
            }
            case DOCX -> {
                JRDocxExporter docx = new JRDocxExporter();
                docx.setExporterInput(input);
                docx.setExporterOutput(output);
                docx.exportReport();
            }
        }
        return out.toByteArray();
    }

    /** The report compiled at build time ({@link CompileReports}); the JRXML compiled now only where the build did not. */
    private static JasperReport compile(String name) {
        try (InputStream built = ReportEngine.class.getClassLoader().getResourceAsStream("reports/" + name + ".jasper")) {
            if (built != null) {
                return (JasperReport) JRLoader.loadObject(built);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException("reports/" + name + ".jasper cannot be read: " + e.getMessage(), e);
        }
        String resource = "reports/" + name + ".jrxml";
        try (InputStream in = ReportEngine.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no report source " + resource);
            }
            return JasperCompileManager.compileReport(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException("JRXML " + resource + " does not compile: " + e.getMessage(), e);
        }
    }
}
