package org.chokepoint.screening;

import org.chokepoint.model.EntityName;
import org.chokepoint.text.NormalizedName;

/** One listed name, normalised once when the index is built. */
record IndexedName(int entity, EntityName name, NormalizedName normalized) {}
