// SPDX-License-Identifier: Apache-2.0
#include "util/result.h"

#include <QTest>

using namespace Lkc;

class TestResult : public QObject {
    Q_OBJECT
private slots:
    void valueAndError() {
        Result<int> good(42);
        QVERIFY(good.ok());
        QCOMPARE(*good, 42);
        Result<int> bad(Error(QStringLiteral("boom"), QStringLiteral("a.yml:3:5")));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().toString(), QStringLiteral("a.yml:3:5: boom"));
        Status fine;
        QVERIFY(fine.ok());
        Status broken(Error(QStringLiteral("no")));
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().toString(), QStringLiteral("no"));
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
