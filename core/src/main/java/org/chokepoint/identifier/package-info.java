/** Identifier registers: check digits (INN, OGRN, OKPO, IMO, LEI) and extraction from free text. */
package org.chokepoint.identifier;
