-- Issue 21, defect 5: locking an account deleted its failed sign-ins, and with them what its
-- client address had tried, so one address could lock every account (or try five passwords on each
-- every window) without ever being paused. A failure now stays for the address's count until it
-- ages out; the account's own count ignores the failures before its last lock or success.
ALTER TABLE login_failure ADD COLUMN counts_for_account BOOLEAN NOT NULL DEFAULT TRUE;
