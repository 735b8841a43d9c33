#pragma once

#include <QStyledItemDelegate>

namespace outreach::ui {

// Paints a progress bar in a table cell. The model gives the percentage (0-100) under
// ProgressDelegate::PercentRole and the bar's text under Qt::DisplayRole; a cell without a
// percentage is painted as plain text.
class ProgressDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    static constexpr int PercentRole = Qt::UserRole + 100;

    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
};

} // namespace outreach::ui
