package fr.gouv.travail.efp.habilitation.rest;

import java.util.List;

/** Body of an approval, a grant or an update through efp-access ({@code user}, an email, for a grant only). */
public record Grant(String user, List<String> roles, Boolean accessManager, String kind, String expiresAt) {}
