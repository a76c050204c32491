// Every face but the task pane loads the English catalog at start (src/core/i18n/english.ts); the
// tests do the same, so that messages built in both languages have their English half.
import '../../src/core/i18n/english';
