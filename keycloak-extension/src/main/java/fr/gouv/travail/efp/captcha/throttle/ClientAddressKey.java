package fr.gouv.travail.efp.captcha.throttle;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Which counter a client address feeds. An IPv4 address is one counter. An IPv6 address counts
 * by its /64: one subscriber usually gets a whole /64, so counting each address alone would give
 * a single machine 2^64 fresh counters.
 */
public final class ClientAddressKey {

    /** Only literals: never a name that would need a DNS lookup. */
    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private ClientAddressKey() {}

    /** "4:203.0.113.7", "6:20010db800000001" (the first 64 bits), or "?" when unreadable. */
    public static String of(String remoteAddress) {
        if (remoteAddress == null) {
            return "?";
        }
        String literal = remoteAddress.trim();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        if (!LITERAL.matcher(literal).matches()) {
            return "?";
        }
        try {
            InetAddress address = InetAddress.getByName(literal);
            if (address instanceof Inet4Address) {
                return "4:" + address.getHostAddress();
            }
            if (address instanceof Inet6Address) {
                byte[] bytes = address.getAddress();
                if (isV4Mapped(bytes)) {
                    return "4:"
                            + InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16))
                                    .getHostAddress();
                }
                return "6:" + HexFormat.of().formatHex(bytes, 0, 8);
            }
        } catch (UnknownHostException e) {
            return "?";
        }
        return "?";
    }

    /** ::ffff:a.b.c.d is an IPv4 client seen through a dual-stack socket. */
    private static boolean isV4Mapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
    }
}
