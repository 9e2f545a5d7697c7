package org.preau.isolation;

import org.preau.privacy.AccessJournal;
import org.preau.privacy.ConsentKind;
import org.preau.privacy.ConsentRegister;
import org.preau.privacy.SubjectAccessExport;

import static org.preau.isolation.Cases.As.*;

/** The privacy module: a user of A never reads B's journal rows, withdraws B's consents or exports B's people. */
class PrivacyIsolation implements ModuleIsolation {

    public String module() {
        return "privacy";
    }

    public void declare(Cases c) {
        c.refuses(AccessJournal.class, "aboutLearner", FR_DIRECTOR, w -> w.bean(AccessJournal.class).aboutLearner(w.bFr("learner")));
        c.refuses(ConsentRegister.class, "withdraw", FR_DIRECTOR, w -> {
            w.bean(ConsentRegister.class).withdraw(ConsentKind.TRANSFER, w.query("select min(id) from learner_transfer"));
            return null;
        });
        c.refuses(SubjectAccessExport.class, "learner", FR_DIRECTOR, w -> w.bean(SubjectAccessExport.class).learner(w.bFr("learner")));
        c.refuses(SubjectAccessExport.class, "staff", BE_DIRECTOR, w -> w.bean(SubjectAccessExport.class).staff(w.bBe("staff_member")));
    }
}
