// Stack list CSVs (date1,date2,file[,coherence] and date,file[,band]), read by
// io::readInterferogramList and io::readTimeSeriesList. Paths that name no file are refused with an
// insar::Error; the rows that parse must hold ordered, unique dates.
#include "fuzz_support.h"
#include "io/stack_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto file = insar::fuzz::writeScratch("list.csv", insar::fuzz::asText(data, size));
    insar::fuzz::expectOnlyInsarErrors([&] {
        const insar::io::StackList list = insar::io::readInterferogramList(file);
        for (const auto& e : list.entries)
            if (!e.date2 || !(e.date1 < *e.date2))
                std::abort(); // the reader promises date1 < date2
    });
    insar::fuzz::expectOnlyInsarErrors([&] { (void)insar::io::readTimeSeriesList(file); });
    return 0;
}
