package vn.mttq.giamsat.supervision;

import vn.mttq.giamsat.base.ui.Guarded;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.mttq.giamsat.base.ui.EmptyState;
import vn.mttq.giamsat.base.ui.FieldLimits;
import vn.mttq.giamsat.base.ui.UserMessages;

/**
 * The delegation: members from the Front and the member organisations with their roles. Edited as
 * a list on the page and saved at once, so that "exactly one head" is checked on the whole.
 */
class DelegationTab extends VerticalLayout {

    final Grid<ActivityService.MemberInput> grid = new Grid<>();
    final ComboBox<Long> unit = new ComboBox<>();
    final TextField name = FieldLimits.limit(new TextField(), DelegationMember.NAME_MAX);
    final TextField position = FieldLimits.limit(new TextField(), DelegationMember.NAME_MAX);
    final Select<DelegationRole> role = new Select<>();
    final Button save;
    private final List<ActivityService.MemberInput> members = new ArrayList<>();
    private final Map<Long, String> unitNames = new HashMap<>();

    DelegationTab(ActivityService activities, Activity activity, boolean editable) {
        setPadding(false);
        activities.delegation(activity.getId()).forEach(m ->
                members.add(new ActivityService.MemberInput(m.getUnitId(), m.getFullName(), m.getPosition(), m.getRole())));
        grid.addColumn(ActivityService.MemberInput::fullName).setHeader(getTranslation("supervision.member.name")).setFlexGrow(2);
        grid.addColumn(ActivityService.MemberInput::position).setHeader(getTranslation("supervision.member.position")).setFlexGrow(2);
        grid.addColumn(m -> unitNames.computeIfAbsent(m.unitId(), activities::unitShortName)).setHeader(getTranslation("supervision.member.unit"))
                .setFlexGrow(2);
        grid.addColumn(m -> getTranslation("supervision.role." + m.role().name())).setHeader(getTranslation("supervision.member.role"))
                .setAutoWidth(true);
        save = Guarded.button(getTranslation("supervision.delegation.save"), true, () -> {
            activities.setDelegation(activity.getId(), List.copyOf(members));
            UserMessages.info(getTranslation("supervision.delegation.saved"));
        });
        if (editable) {
            grid.addComponentColumn(m -> {
                Button remove = new Button(getTranslation("common.delete"), e -> {
                    members.remove(m);
                    grid.setItems(members);
                });
                remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                return remove;
            }).setAutoWidth(true);
            unit.setLabel(getTranslation("supervision.member.unit"));
            unit.setId("member-unit");
            name.setId("member-name");
            role.setId("member-role");
            unit.setItems(activities.delegationUnits(activity));
            unit.setItemLabelGenerator(id -> unitNames.computeIfAbsent(id, activities::unitShortName));
            unit.setValue(activity.getUnitId());
            unit.setWidth("16rem");
            name.setLabel(getTranslation("supervision.member.name"));
            position.setLabel(getTranslation("supervision.member.position"));
            role.setLabel(getTranslation("supervision.member.role"));
            role.setItems(DelegationRole.values());
            role.setItemLabelGenerator(r -> getTranslation("supervision.role." + r.name()));
            role.setValue(members.isEmpty() ? DelegationRole.HEAD : DelegationRole.MEMBER);
            Button add = new Button(getTranslation("supervision.member.add"), e -> {
                if (name.getValue().isBlank() || unit.getValue() == null) {
                    name.setErrorMessage(getTranslation("validation.required"));
                    name.setInvalid(true);
                    return;
                }
                members.add(new ActivityService.MemberInput(unit.getValue(), name.getValue().strip(), position.getValue().strip(),
                        role.getValue()));
                grid.setItems(members);
                name.clear();
                position.clear();
                name.setInvalid(false);
                role.setValue(DelegationRole.MEMBER);
                name.focus();
            });
            HorizontalLayout form = new HorizontalLayout(unit, name, position, role, add);
            form.setWrap(true);
            form.setAlignItems(FlexComponent.Alignment.BASELINE);
            add(form);
        }
        grid.setAllRowsVisible(true);
        grid.setEmptyStateComponent(new EmptyState(VaadinIcon.USERS, getTranslation("supervision.delegation.empty.title"),
                getTranslation("supervision.delegation.empty.text")));
        grid.setItems(members);
        add(grid);
        if (editable) {
            add(save);
        }
    }
}
