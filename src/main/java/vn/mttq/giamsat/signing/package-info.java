/**
 * Signed documents (chữ ký số, issue 26): an issued plan, supervision report, recommendation letter,
 * consolidated periodic report or receipt slip is signed as PAdES with the issuing unit's key when it
 * is first printed after issue (Decree 30/2020, Annex I: the organisation's signature with a visible
 * block where the signature goes; Law on E-transactions 2023), kept once with its checksum, and served
 * as that same file afterwards; the public page {@code xac-thuc-van-ban} tells whether a PDF is intact, who
 * signed it and when, and whether it is the file the portal issued.
 */
@ApplicationModule(displayName = "Signed documents")
@NullMarked
package vn.mttq.giamsat.signing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
