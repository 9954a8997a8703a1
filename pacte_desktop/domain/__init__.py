"""Pure-Python domain: entities, value rules and the core's messages. No SQL, no Qt."""
