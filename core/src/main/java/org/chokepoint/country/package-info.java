/** Country wording of the lists mapped to ISO 3166-1 alpha-2. */
package org.chokepoint.country;
