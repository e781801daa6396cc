package fr.gouv.travail.efp.captcha;

/**
 * Bytes of an image or a sound, with their media type ({@code image/png}, {@code audio/wav}…).
 */
public record CaptchaMedia(byte[] bytes, String contentType) {}
