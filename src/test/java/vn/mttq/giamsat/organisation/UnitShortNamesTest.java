package vn.mttq.giamsat.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnitShortNamesTest {

    @Test
    void front_committees_are_named_by_their_place_and_organisations_without_the_province() {
        assertThat(UnitShortNames.derive("Ủy ban MTTQ huyện Lương Sơn", UnitKind.DISTRICT_FRONT)).isEqualTo("Lương Sơn");
        assertThat(UnitShortNames.derive("Ủy ban Mặt trận Tổ quốc Việt Nam huyện Đà Bắc", UnitKind.DISTRICT_FRONT)).isEqualTo("Đà Bắc");
        assertThat(UnitShortNames.derive("Ủy ban MTTQ thành phố Hòa Bình", UnitKind.DISTRICT_FRONT)).isEqualTo("TP. Hòa Bình");
        assertThat(UnitShortNames.derive("Ủy ban MTTQ Việt Nam tỉnh Hòa Bình", UnitKind.PROVINCE_FRONT)).isEqualTo("Tỉnh Hòa Bình");
        assertThat(UnitShortNames.derive("Ủy ban MTTQ xã Tú Lý", UnitKind.COMMUNE_FRONT)).isEqualTo("Xã Tú Lý");
        assertThat(UnitShortNames.derive("Hội Nông dân tỉnh", UnitKind.MEMBER_ORGANISATION)).isEqualTo("Hội Nông dân");
        assertThat(UnitShortNames.derive("Tỉnh đoàn (Đoàn TNCS Hồ Chí Minh)", UnitKind.MEMBER_ORGANISATION)).isEqualTo("Tỉnh đoàn");
        assertThat(UnitShortNames.derive("Văn phòng Ủy ban MTTQ tỉnh", UnitKind.DEPARTMENT)).isEqualTo("Văn phòng");
        assertThat(UnitShortNames.derive("Ban Dân chủ - Pháp luật", UnitKind.DEPARTMENT)).isEqualTo("Ban Dân chủ - Pháp luật");
    }

    @Test
    void a_name_the_rule_cannot_shorten_stays_whole_within_the_limit() {
        assertThat(UnitShortNames.derive("Hội Luật gia", UnitKind.MEMBER_ORGANISATION)).isEqualTo("Hội Luật gia");
        String longName = "Hội Cựu thanh niên xung phong và Hội Nạn nhân chất độc da cam huyện Lạc Sơn";
        assertThat(UnitShortNames.derive(longName, UnitKind.MEMBER_ORGANISATION)).hasSizeLessThanOrEqualTo(UnitShortNames.MAX).endsWith("…");
    }

    @Test
    void a_derived_short_name_follows_a_rename_and_a_written_one_stays() {
        Unit unit = new Unit("X", "Ủy ban MTTQ huyện Lương Sơn", UnitKind.DISTRICT_FRONT, null);
        unit.keepShortName();
        unit.setName("Ủy ban MTTQ huyện Kim Bôi");
        unit.keepShortName();
        assertThat(unit.getShortName()).isEqualTo("Kim Bôi");
        unit.setWrittenShortName("Kim Bôi (cũ)");
        unit.setName("Ủy ban MTTQ huyện Cao Phong");
        unit.keepShortName();
        assertThat(unit.getShortName()).isEqualTo("Kim Bôi (cũ)");
    }
}
