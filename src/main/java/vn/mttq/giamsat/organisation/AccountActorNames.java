package vn.mttq.giamsat.organisation;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.audit.ActorNames;

/** Names the people in audit histories: account names are not confidential inside the portal. */
@Component
class AccountActorNames implements ActorNames {

    private final AccountRepository accounts;

    AccountActorNames(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> fullNames(Collection<String> usernames) {
        Map<String, String> out = new HashMap<>();
        if (!usernames.isEmpty()) {
            accounts.fullNames(usernames).forEach(r -> out.put((String) r[0], (String) r[1]));
        }
        return out;
    }
}
