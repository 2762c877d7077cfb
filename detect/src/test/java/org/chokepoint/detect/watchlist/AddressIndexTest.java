package org.chokepoint.detect.watchlist;

import org.chokepoint.model.Address;
import org.chokepoint.model.Entity;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AddressIndexTest {
    private static final AddressIndex INDEX = AddressIndex.of(List.of(
            listed("1", "Ul. Poltavskaya D. 30, Pomeshch. 1", "Nizhniy Novgorod", "RU"),
            listed("2", "16 rue de la Paix", "Paris", "FR"),
            listed("3", "ul. Lenina 15, office 204", "Samara", "RU"),
            listed("4", "Deira Al Qusais 2", "Dubai", "AE"),
            listed("5", "Warehouse 7, Al Quoz Industrial Area 3", "Dubai", "AE"),
            listed("6", "14 Palm Jumeirah", "Dubai", "AE")));

    private static Entity listed(String id, String street, String city, String country) {
        return Entity.builder("test", id).list("Test List").schema(Schema.ORGANIZATION).name("LISTED " + id, NameKind.PRIMARY).country(country)
                .address(new Address(street, city, null, null, country, null)).build();
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ul. Lenina 15, office 204, Samara                | RU | true
            Lenina st. 15, of. 204, Samara 443000            | RU | true
            603000, g. Nizhniy Novgorod, ulitsa Mira, d. 30  | RU | false
            RUE PASTEUR 16, 75008 PARIS                      | FR | false
            ul. Gagarina 15, office 204, Samara              | RU | false
            Office 660, 2 Al Qusais Industrial Area, Dubai   | AE | false
            Al Qusais 2, Dubai                               | AE | false
            Warehouse 7, Al Quoz Industrial Area 3, Dubai    | AE | true
            Warehouse 9, Al Quoz Industrial Area 3, Dubai    | AE | false
            Villa 14, Palm Jumeirah, Dubai                   | AE | true
            """)
    // A numbered Dubai community ("Al Qusais 2") is a district: a listed address giving only it names no building.
    void aHouseNumberAndACityAreNoAddressTheStreetMustAgree(String address, String country, boolean same) {
        assertThat(INDEX.find(address, country)).as(address).hasSize(same ? 1 : 0);
    }
}
