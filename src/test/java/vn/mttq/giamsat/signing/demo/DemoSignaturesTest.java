package vn.mttq.giamsat.signing.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.mttq.giamsat.signing.SignedDocuments;

/** Issue 26: the demo's issued plan, letters and reports are signed with the demo keys after start-up. */
@SpringBootTest
class DemoSignaturesTest {

    @Autowired DemoSignatures demo;
    @Autowired SignedDocuments signed;
    @Autowired JdbcTemplate jdbc;

    @Test
    void every_issued_demo_document_is_signed_with_the_demo_keys() {
        assertThat(signed.demoSigned()).isTrue();
        int issued = jdbc.queryForObject("select count(*) from issued_document", Integer.class);
        assertThat(issued).isPositive();
        demo.signUnsigned();
        assertThat(signed.unsigned()).as("issued documents left unsigned").isEmpty();
        assertThat(jdbc.queryForList("select distinct d.document_type from signed_document s join issued_document d on d.id = s.issued_document_id",
                String.class)).contains("KH", "CV");
        assertThat(jdbc.queryForObject("select count(*) from signed_document where demo", Integer.class)).isGreaterThanOrEqualTo(issued);
        assertThat(demo.signUnsigned()).as("nothing is signed twice").isZero();
    }
}
