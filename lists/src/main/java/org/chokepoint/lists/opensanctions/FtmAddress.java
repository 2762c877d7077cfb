package org.chokepoint.lists.opensanctions;

import org.chokepoint.country.Countries;
import org.chokepoint.model.Address;

import java.util.List;

/**
 * A FollowTheMoney Address entity: the structured address, and the {@code full} text that parties
 * referencing it usually repeat in their own {@code address} property.
 */
record FtmAddress(Address address, String full) {

    static FtmAddress of(FtmProperties p) {
        String full = p.first("full");
        List<String> streets = p.values("street");
        streets.addAll(p.values("street2"));
        String street = streets.isEmpty() ? null : String.join(", ", streets);
        String city = p.first("city");
        String postalCode = p.first("postalCode");
        String region = p.first("region") != null ? p.first("region") : p.first("state");
        String countryValue = p.first("country");
        String iso = Countries.toIso2(countryValue);
        // An address given only as one line keeps that line as its street, so nothing is lost.
        if (street == null && city == null && postalCode == null && full != null) street = full;
        return new FtmAddress(new Address(street, city, postalCode, region, iso, iso != null ? null : countryValue), full);
    }
}
