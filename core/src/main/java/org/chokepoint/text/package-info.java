/**
 * Text handling shared by indexing and querying: script detection and the one name
 * normalisation chain ({@link org.chokepoint.text.NameNormalizer}) with its steps: Unicode
 * folding, romanisation of each script with ICU4J, ASCII folding, tokens, legal forms,
 * abbreviations, initials, organisation vocabulary and compound words; plus token rarity weights
 * ({@link org.chokepoint.text.TokenWeights}). The linguistic data (legal forms, vocabulary,
 * abbreviations, romanisation rules) lives in resource files next to the classes.
 * Only {@code NameNormalizer}, {@code NormalizedName}, {@code TokenWeights} and {@code Scripts}
 * are public.
 */
package org.chokepoint.text;
