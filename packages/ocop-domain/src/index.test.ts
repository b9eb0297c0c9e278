import { test } from "node:test";
import assert from "node:assert/strict";
import * as domain from "./index";

test("the package entry point exports the agreed public API", () => {
  const expected = [
    "CERTIFIED_STARS",
    "starBandForScore",
    "isCertifiedStars",
    "issuerLevelForStars",
    "STAR_LABELS",
    "CERTIFICATE_STATUSES",
    "CERTIFICATE_TRANSITIONS",
    "canTransition",
    "assertTransition",
    "CertificateTransitionError",
    "CERTIFICATE_STATUS_LABELS",
    "REVOCATION_GROUNDS",
    "SUPERSEDE_REASONS",
    "LISTABLE_STATUSES",
    "VALIDITY_MONTHS",
    "EXPIRING_SOON_DAYS",
    "EXPIRY_NOTICE_DAYS",
    "REEVALUATION_OPENS_DAYS",
    "REEVALUATION_CLOSES_DAYS",
    "MAX_EXTENSION_DAYS",
    "vietnamDate",
    "validUntil",
    "addDays",
    "daysBetween",
    "daysUntil",
    "reevaluationWindow",
    "isInReevaluationWindow",
    "maxExtensionUntil",
    "certificateEndDate",
    "effectiveStatus",
    "isListable",
    "liveCertificate",
    "SECTORS",
    "PRODUCT_SETS",
    "productSet",
    "sector",
    "PRODUCER_TYPES",
    "producerTypeFromLabel",
    "foldVietnamese",
    "slugify",
    "formatVnd",
    "isVndAmount",
    "assertVndAmount",
    "PROVINCES",
    "provinceName",
    "LEGACY_PROVINCE_CODES",
    "isValidGtin",
    "gtinCheckDigit",
    "VIETNAM_GS1_PREFIX",
  ];
  const missing = expected.filter((name) => !(name in domain));
  assert.deepEqual(missing, []);
});

test("the day after a certificate's last day it is no longer listable, end to end", () => {
  const issued = "2023-09-30";
  const cert = { status: "valid", valid_until: domain.validUntil(issued), issued_at: issued };
  assert.equal(cert.valid_until, "2026-09-30");
  assert.equal(domain.isListable(cert, new Date("2026-09-30T23:59:00+07:00")), true);
  assert.equal(domain.isListable(cert, new Date("2026-10-01T00:00:00+07:00")), false);
});
