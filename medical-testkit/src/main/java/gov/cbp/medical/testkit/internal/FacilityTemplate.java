package gov.cbp.medical.testkit.internal;

import gov.cbp.medical.model.facility.Component;
import java.time.ZoneId;
import java.util.List;

/**
 * A facility template: a real sector or field-office code and time zone, and a synthetic place name.
 *
 * @param component the CBP component (USBP station or OFO port of entry)
 * @param area the sector or field-office code
 * @param place the place name
 * @param zone the time zone
 */
record FacilityTemplate(Component component, String area, String place, ZoneId zone) {
    /** The USBP stations, cycled through in this order. */
    static final List<FacilityTemplate> STATIONS = List.of(
            station("TCA", "Tucson", "America/Phoenix"),
            station("RGV", "Rio Grande Valley", "America/Chicago"),
            station("SDC", "San Diego", "America/Los_Angeles"),
            station("EPT", "El Paso", "America/Denver"),
            station("YUM", "Yuma", "America/Phoenix"),
            station("DRT", "Del Rio", "America/Chicago"),
            station("ELC", "El Centro", "America/Los_Angeles"),
            station("LRT", "Laredo", "America/Chicago"),
            station("BBT", "Big Bend", "America/Chicago"),
            station("SDC", "Imperial Beach", "America/Los_Angeles"),
            station("TCA", "Nogales", "America/Phoenix"),
            station("EPT", "Santa Teresa", "America/Denver"));

    /** The OFO ports of entry, cycled through in this order. */
    static final List<FacilityTemplate> PORTS = List.of(
            port("SND", "San Ysidro", "America/Los_Angeles"),
            port("TUC", "Nogales", "America/Phoenix"),
            port("ELP", "El Paso", "America/Denver"),
            port("LRD", "Laredo", "America/Chicago"));

    private static FacilityTemplate station(String area, String place, String zone) {
        return new FacilityTemplate(Component.USBP, area, place, ZoneId.of(zone));
    }

    private static FacilityTemplate port(String area, String place, String zone) {
        return new FacilityTemplate(Component.OFO, area, place, ZoneId.of(zone));
    }

    /** Whether the template is a USBP station. */
    boolean isStation() {
        return component == Component.USBP;
    }
}
