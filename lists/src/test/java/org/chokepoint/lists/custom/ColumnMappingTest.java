package org.chokepoint.lists.custom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ColumnMappingTest {

    @Test
    void defaults() {
        ColumnMapping d = ColumnMapping.defaults();
        assertThat(d).isEqualTo(new ColumnMapping("id", "name", "aliases", "type", "country", "identifiers", "address", "program", "remarks"));
        for (String key : ColumnMapping.KEYS) assertThat(d.column(key)).isEqualTo(key);
        assertThat(ColumnMapping.parse("")).isEqualTo(d);
        assertThat(ColumnMapping.parse(null)).isEqualTo(d);
    }

    @Test
    void parseOverridesDefaultsAndUnmapsEmptyColumns() {
        ColumnMapping m = ColumnMapping.parse(" id = cust_no , Name=customer_name, schema=kind, aliases=, ");
        assertThat(m.id()).isEqualTo("cust_no");
        assertThat(m.name()).isEqualTo("customer_name");
        assertThat(m.type()).isEqualTo("kind");
        assertThat(m.aliases()).isNull();
        assertThat(m.country()).isEqualTo("country");
    }

    @Test
    void mistakesAreExplained() {
        assertThatThrownBy(() -> ColumnMapping.parse("id=cust_no,nmae=customer_name")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown key 'nmae' in column mapping 'id=cust_no,nmae=customer_name': the keys are "
                        + "id, name, aliases, type, country, identifiers, address, program, remarks (schema for type)");
        assertThatThrownBy(() -> ColumnMapping.parse("id")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not key=column");
        assertThatThrownBy(() -> ColumnMapping.parse("id=a,id=b")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("given twice");
        assertThatThrownBy(() -> ColumnMapping.parse("name=")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a name column");
    }
}
