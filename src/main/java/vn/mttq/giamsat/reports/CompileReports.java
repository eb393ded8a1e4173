package vn.mttq.giamsat.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Compiles the JRXML sources into {@code .jasper} files at build time (issue 25: no Java compiler
 * at run time, and no second's compile on a document's first print). The build runs it after the
 * classes are compiled: {@code CompileReports <reports folder> <classes folder>/reports}.
 */
public final class CompileReports {

    private CompileReports() {
    }

    public static void main(String[] args) throws IOException, JRException {
        Path sources = Path.of(args[0]);
        Path target = Path.of(args[1]);
        Files.createDirectories(target);
        List<Path> reports;
        try (Stream<Path> files = Files.list(sources)) {
            reports = files.filter(p -> p.getFileName().toString().endsWith(".jrxml")).sorted().toList();
        }
        for (Path source : reports) {
            String name = source.getFileName().toString().replaceFirst("\\.jrxml$", ".jasper");
            JasperCompileManager.compileReportToFile(source.toString(), target.resolve(name).toString());
        }
        System.out.println("Compiled " + reports.size() + " reports into " + target);
    }
}
