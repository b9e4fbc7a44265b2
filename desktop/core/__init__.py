"""Pure domain logic: standard library only (plus stdnum and chinese_calendar wrappers)."""
