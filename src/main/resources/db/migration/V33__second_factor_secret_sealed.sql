-- Issue 21: authenticator secrets are sealed like reporters' identities (AES-256-GCM under the
-- configured identity keys, "key:base64"), no longer kept in clear; the sealed form is longer.
-- Rows stored in clear are sealed by the portal at its next start (SecondFactors.sealStoredInClear).
ALTER TABLE second_factor MODIFY secret VARCHAR(200) CHARACTER SET ascii NOT NULL;
