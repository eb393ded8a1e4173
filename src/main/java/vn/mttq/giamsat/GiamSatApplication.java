package vn.mttq.giamsat;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The portal that follows supervision and comments under Regulation 124-QĐ/TW. */
@SpringBootApplication
public class GiamSatApplication {

    public static void main(String[] args) {
        if (vn.mttq.giamsat.operations.BackupCommand.handles(args)) {
            System.exit(vn.mttq.giamsat.operations.BackupCommand.run(args)); // without starting the portal
        }
        SpringApplication.run(GiamSatApplication.class, args);
    }
}
