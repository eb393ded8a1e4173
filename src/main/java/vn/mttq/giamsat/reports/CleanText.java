package vn.mttq.giamsat.reports;

import java.util.HashMap;
import java.util.Map;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import vn.mttq.giamsat.base.text.OutputText;

/**
 * Every text a document receives, parameters and fields alike, passes through
 * {@link OutputText}: a unit name holding U+FFFF or a right-to-left override cannot make an
 * XLSX or DOCX file unreadable; spreadsheet text stays text (a string cell never computes).
 */
final class CleanText {

    private CleanText() {
    }

    static Map<String, Object> parameters(Map<String, Object> parameters, ReportFormat format) {
        Map<String, Object> clean = new HashMap<>(parameters.size());
        parameters.forEach((k, v) -> clean.put(k, v instanceof String s ? text(s, format) : v));
        return clean;
    }

    static JRDataSource data(JRDataSource data, ReportFormat format) {
        return new JRDataSource() {
            @Override
            public boolean next() throws JRException {
                return data.next();
            }

            @Override
            public Object getFieldValue(JRField field) throws JRException {
                Object value = data.getFieldValue(field);
                return value instanceof String s ? text(s, format) : value;
            }
        };
    }

    private static String text(String value, ReportFormat format) {
        // an XLSX text cell is never a formula (Jasper writes formulas only where a template asks), so the text stays as written
        return OutputText.clean(value);
    }
}
