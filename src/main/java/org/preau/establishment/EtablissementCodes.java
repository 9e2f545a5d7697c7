package org.preau.establishment;

import org.preau.security.EtablissementDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** Finds establishments by the codes an identity provider puts in its tokens. */
@Component
class EtablissementCodes implements EtablissementDirectory {

    private final EtablissementRepository establishments;

    EtablissementCodes(EtablissementRepository establishments) {
        this.establishments = establishments;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> idsForCodes(Collection<String> codes) {
        return codes.stream().filter(Objects::nonNull).map(String::strip).distinct()
                .map(code -> establishments.findByUai(Uai.normalise(code)).or(() -> establishments.findByFase(code)))
                .flatMap(java.util.Optional::stream)
                .map(Etablissement::getId)
                .sorted()
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> allIds() {
        return establishments.findAll().stream().map(Etablissement::getId).sorted().toList();
    }
}
