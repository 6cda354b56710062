// CpuBlockPool: large LibTorch CPU blocks are 2 MiB aligned and reused when freed, small ones go to
// LibTorch's own allocator, a small request does not pin a large idle block, the idle set stays
// under its cap, raw allocations round-trip, and tensor arithmetic on pooled memory is unchanged.
#include "nn/detail/cpu_block_pool.h"

// LibTorch before QtTest: Qt's `slots` macro breaks its headers.
#include <c10/core/CPUAllocator.h>
#include <torch/torch.h>

#include <QtTest>

#include <cstdint>
#include <cstring>
#include <vector>

namespace nnd = insar::nn::detail;

namespace {

torch::Tensor floats(std::size_t bytes)
{
    return torch::empty({static_cast<std::int64_t>(bytes / sizeof(float))}, torch::kFloat32);
}

} // namespace

class TestCpuBlockPool : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { nnd::installCpuBlockPool(); }
    void init() { nnd::releaseIdleCpuBlocks(); }

    void largeBlocksAreAlignedAndReused()
    {
        const nnd::CpuBlockPoolStats before = nnd::cpuBlockPoolStats();
        void* first = nullptr;
        {
            torch::Tensor t = floats(std::size_t(24) << 20);
            first = t.data_ptr();
            QCOMPARE(reinterpret_cast<std::uintptr_t>(first) % (std::uintptr_t(2) << 20), std::uintptr_t(0));
            const nnd::CpuBlockPoolStats live = nnd::cpuBlockPoolStats();
            QCOMPARE(live.mappings, before.mappings + 1);
            QCOMPARE(live.liveBytes, before.liveBytes + (std::size_t(24) << 20));
        }
        const nnd::CpuBlockPoolStats idle = nnd::cpuBlockPoolStats();
        QCOMPARE(idle.liveBytes, before.liveBytes);
        QCOMPARE(idle.idleBytes, std::size_t(24) << 20);
        // The same size again (rounded to the same 2 MiB pages) gets the same block back.
        torch::Tensor again = floats((std::size_t(24) << 20) - 1000);
        QCOMPARE(again.data_ptr(), first);
        const nnd::CpuBlockPoolStats after = nnd::cpuBlockPoolStats();
        QCOMPARE(after.reuses, before.reuses + 1);
        QCOMPARE(after.mappings, before.mappings + 1);
        QCOMPARE(after.idleBytes, std::size_t(0));
    }

    void smallBlocksAreNotPooled()
    {
        const nnd::CpuBlockPoolStats before = nnd::cpuBlockPoolStats();
        torch::Tensor t = floats(nnd::kPooledBlockMin / 2);
        t.fill_(3.0F);
        QCOMPARE(t.sum().item<double>(), 3.0 * double(t.numel()));
        const nnd::CpuBlockPoolStats after = nnd::cpuBlockPoolStats();
        QCOMPARE(after.mappings, before.mappings);
        QCOMPARE(after.liveBytes, before.liveBytes);
    }

    void smallRequestDoesNotPinLargeIdleBlock()
    {
        {
            torch::Tensor big = floats(std::size_t(64) << 20);
        }
        const nnd::CpuBlockPoolStats before = nnd::cpuBlockPoolStats();
        QCOMPARE(before.idleBytes, std::size_t(64) << 20);
        torch::Tensor small = floats(std::size_t(4) << 20);
        const nnd::CpuBlockPoolStats after = nnd::cpuBlockPoolStats();
        QCOMPARE(after.mappings, before.mappings + 1); // a new 4 MiB block, not the 64 MiB one
        QCOMPARE(after.idleBytes, std::size_t(64) << 20);
        // Within an eighth it reuses: 60 MiB fits the idle 64 MiB block.
        torch::Tensor near = floats(std::size_t(60) << 20);
        QCOMPARE(nnd::cpuBlockPoolStats().reuses, before.reuses + 1);
        QCOMPARE(nnd::cpuBlockPoolStats().idleBytes, std::size_t(0));
    }

    void idleBlocksStayUnderTheCap()
    {
        // Address space only: empty() touches no page.
        const std::size_t each = nnd::kPoolIdleMax / 3 + (std::size_t(2) << 20);
        {
            std::vector<torch::Tensor> held;
            for (int i = 0; i < 4; ++i)
                held.push_back(floats(each + std::size_t(i) * (std::size_t(64) << 20)));
            QVERIFY(nnd::cpuBlockPoolStats().liveBytes >= 4 * each);
        }
        const nnd::CpuBlockPoolStats s = nnd::cpuBlockPoolStats();
        QVERIFY(s.idleBytes <= nnd::kPoolIdleMax);
        QVERIFY(s.idleBytes >= 2 * each); // the smaller ones are kept, the largest unmapped
        nnd::releaseIdleCpuBlocks();
        QCOMPARE(nnd::cpuBlockPoolStats().idleBytes, std::size_t(0));
    }

    void rawAllocationsRoundTrip()
    {
        c10::Allocator* a = c10::GetCPUAllocator();
        for (std::size_t bytes : {std::size_t(256), std::size_t(8) << 20}) {
            void* p = a->raw_allocate(bytes);
            QVERIFY(p);
            std::memset(p, 0x5a, bytes);
            QCOMPARE(static_cast<unsigned char*>(p)[bytes - 1], static_cast<unsigned char>(0x5a));
            a->raw_deallocate(p);
        }
        QCOMPARE(nnd::cpuBlockPoolStats().liveBytes, std::size_t(0));
    }

    void arithmeticOnPooledMemory()
    {
        // A reused block is not zeroed: results must not depend on what it held.
        torch::manual_seed(3);
        const torch::Tensor x = torch::randn({1, 8, 256, 256});
        const torch::Tensor w = torch::randn({8, 8, 3, 3});
        const torch::Tensor first = torch::conv2d(x, w, {}, 1, 2, 2);
        {
            torch::Tensor junk = torch::full_like(first, 1e30F);
        }
        const torch::Tensor second = torch::conv2d(x, w, {}, 1, 2, 2);
        QVERIFY(torch::equal(first, second));
        QVERIFY(nnd::cpuBlockPoolStats().reuses > 0);
    }
};

QTEST_GUILESS_MAIN(TestCpuBlockPool)
#include "tst_nn_cpu_block_pool.moc"
