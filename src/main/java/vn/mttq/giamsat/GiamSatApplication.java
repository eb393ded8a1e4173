package vn.mttq.giamsat;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The portal that follows supervision and comments under Regulation 124-QĐ/TW. */
@SpringBootApplication
public class GiamSatApplication {

    public static void main(String[] args) {
        SpringApplication.run(GiamSatApplication.class, args);
    }
}
