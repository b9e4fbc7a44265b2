"""Services: one function per user action, (session, inputs) -> results; no Qt."""
