package vn.mttq.giamsat;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import vn.mttq.giamsat.base.infra.EarlyEmbeddedStart;
import vn.mttq.giamsat.base.infra.StartupTimeline;
import vn.mttq.giamsat.operations.BackupCommand;

/** The portal that follows supervision and comments under Regulation 124-QĐ/TW. */
@SpringBootApplication
public class GiamSatApplication {

    public static void main(String[] args) {
        if (BackupCommand.handles(args)) {
            System.exit(BackupCommand.run(args)); // without starting the portal
        }
        StartupTimeline.mark("jvm"); // classes loaded, before Spring begins
        SpringApplication portal = new SpringApplication(GiamSatApplication.class);
        portal.addListeners(new EarlyEmbeddedStart()); // the embedded database starts beside Spring's own start
        portal.run(args);
    }
}
