/**
 * Readers for the dictionary formats of the PETRARCH and TABARI event coders (actors, agents, verbs), turning them
 * into Parley's own dictionary models. What a format says that Parley cannot express is reported, never dropped
 * silently; what cannot be read at all is an {@link org.parley.dictionary.InvalidDictionaryException} naming the
 * file and line.
 */
package org.parley.petrarch;
