package fr.gouv.travail.efp.captcha.throttle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ClientAddressKeyTest {

    @Test
    void anIpv4AddressIsItsOwnCounter() {
        assertEquals("4:203.0.113.7", ClientAddressKey.of("203.0.113.7"));
        assertNotEquals(ClientAddressKey.of("203.0.113.7"), ClientAddressKey.of("203.0.113.8"));
    }

    @Test
    void anIpv6AddressCountsByItsSlash64() {
        assertEquals("6:20010db800000001", ClientAddressKey.of("2001:db8:0:1::1"));
        assertEquals(ClientAddressKey.of("2001:db8:0:1::1"), ClientAddressKey.of("2001:db8:0:1:ffff:ffff:ffff:ffff"));
        assertEquals(ClientAddressKey.of("2001:db8:0:1::1"), ClientAddressKey.of("[2001:db8:0:1::2]"));
        assertEquals(ClientAddressKey.of("fe80::1"), ClientAddressKey.of("fe80::1%eth0"));
        assertNotEquals(ClientAddressKey.of("2001:db8:0:1::1"), ClientAddressKey.of("2001:db8:0:2::1"));
    }

    @Test
    void anIpv4ClientSeenThroughADualStackSocketIsStillIpv4() {
        assertEquals("4:203.0.113.7", ClientAddressKey.of("::ffff:203.0.113.7"));
    }

    @Test
    void anythingElseIsOneSharedCounterAndNeverADnsLookup() {
        assertEquals("?", ClientAddressKey.of(null));
        assertEquals("?", ClientAddressKey.of(""));
        assertEquals("?", ClientAddressKey.of("localhost"));
        assertEquals("?", ClientAddressKey.of("exemple.fr"));
    }
}
