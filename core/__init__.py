"""The floor every package stands on: settings, errors, working days, the audit log."""
